// "1 blocker", "2 blockers", "1,200 locations": a count with its noun in the right number.
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`
