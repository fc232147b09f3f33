// The highlight colours offered (the backend's default is the first), each with a name so colour is never the only label.
export const HIGHLIGHT_COLORS: Array<{ value: string; name: string }> = [
  { value: '#ffe066', name: 'Yellow' },
  { value: '#b2f2bb', name: 'Green' },
  { value: '#a5d8ff', name: 'Blue' },
  { value: '#ffc9c9', name: 'Red' },
  { value: '#e5dbff', name: 'Purple' },
];

export function colorName(value: string): string {
  return HIGHLIGHT_COLORS.find((c) => c.value.toLowerCase() === value.toLowerCase())?.name ?? value;
}
