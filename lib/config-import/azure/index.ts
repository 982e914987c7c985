export const AZURE_PARSERS: import('../parser').ConfigParser[] = []
