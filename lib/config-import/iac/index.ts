export const IAC_PARSERS: import('../parser').ConfigParser[] = []
