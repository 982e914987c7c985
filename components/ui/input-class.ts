// The text input look, importable from server components (field.tsx is a client module).
export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs ' +
  'placeholder:text-slate-400 focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 ' +
  'aria-[invalid=true]:border-red-500'
