'use client'
// A row's actions behind one button (Radix DropdownMenu): arrow keys move, Enter picks, Escape closes.
import * as RadixMenu from '@radix-ui/react-dropdown-menu'

export interface MenuItem {
  label: string
  onSelect: () => void
  tone?: 'danger'
}

export function Menu({ label, items }: { label: string; items: MenuItem[] }) {
  return (
    <RadixMenu.Root>
      <RadixMenu.Trigger
        aria-label={label}
        className={
          'rounded px-1.5 py-0.5 text-xs text-sky-800 hover:bg-slate-100 focus:ring-1 focus:ring-sky-600 ' +
          'focus:outline-none'
        }
      >
        Actions ▾
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content
          align="start"
          sideOffset={4}
          className="z-50 min-w-36 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-md"
        >
          {items.map((item) => (
            <RadixMenu.Item
              key={item.label}
              onSelect={item.onSelect}
              className={
                `cursor-pointer rounded px-2 py-1 outline-none data-[highlighted]:bg-slate-100 ` +
                `${item.tone === 'danger' ? 'text-red-700' : 'text-slate-800'}`
              }
            >
              {item.label}
            </RadixMenu.Item>
          ))}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  )
}
