export const CONFLUENT_PARSERS: import('../parser').ConfigParser[] = []
