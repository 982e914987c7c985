export const GCP_PARSERS: import('../parser').ConfigParser[] = []
