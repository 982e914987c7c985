import 'server-only'
// Reads the PDF's fonts from their npm packages once per process (Noto, SIL Open Font License):
// @expo-google-fonts/noto-sans, -noto-sans-mono, -noto-sans-arabic, -noto-sans-sc, -noto-sans-symbols-2.
import fs from 'node:fs'
import path from 'node:path'
import type { PdfFontFiles } from './pdf-fonts'

const FILES: Record<keyof PdfFontFiles, string> = {
  sans: 'noto-sans/400Regular/NotoSans_400Regular.ttf',
  sansBold: 'noto-sans/700Bold/NotoSans_700Bold.ttf',
  sansItalic: 'noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  mono: 'noto-sans-mono/400Regular/NotoSansMono_400Regular.ttf',
  arabic: 'noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  arabicBold: 'noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  cjk: 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  cjkBold: 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  symbols: 'noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf',
}

let loaded: PdfFontFiles | null = null

// Resolved at run time (the build includes these files through outputFileTracingIncludes in next.config.ts).
const FONT_ROOT = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@expo-google-fonts')

export function loadPdfFonts(root = FONT_ROOT): PdfFontFiles {
  if (loaded) return loaded
  const files = {} as PdfFontFiles
  for (const [name, file] of Object.entries(FILES) as [keyof PdfFontFiles, string][]) {
    const full = path.join(/*turbopackIgnore: true*/ root, file)
    if (!fs.existsSync(full))
      throw new Error(`The PDF font ${file} is missing: run npm install (it ships in @expo-google-fonts).`)
    files[name] = fs.readFileSync(full)
  }
  loaded = files
  return files
}
