/**
 * Reads a content file's JSON strictly, with momoa (a JSON parser that keeps positions): a syntax
 * error is reported with its line and column, and a key given twice in one object is refused —
 * `JSON.parse` silently keeps the last one, so an editor's first value would be lost without a word.
 */
import { parse, type AnyNode } from '@humanwhocodes/momoa'

export interface JsonProblem {
  /** Dotted path of the object holding the repeated key ("exhibits.2"); "" for the document. */
  path: string
  message: string
}

export function readJsonStrictly(text: string): { value?: unknown; problems: JsonProblem[] } {
  let document: ReturnType<typeof parse>
  try {
    document = parse(text, { mode: 'json' })
  } catch (error) {
    return { problems: [{ path: '', message: `Expected valid JSON (${(error as Error).message})` }] }
  }
  const problems: JsonProblem[] = []
  const visit = (node: AnyNode, path: string[]): void => {
    if (node.type === 'Object') {
      const seen = new Map<string, number>()
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name
        const line = member.name.loc.start.line
        const first = seen.get(key)
        if (first !== undefined)
          problems.push({ path: path.join('.'), message: `Expected each key once in an object; "${key}" is given on line ${first} and again on line ${line}` })
        else seen.set(key, line)
        visit(member.value, [...path, key])
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((element, i) => visit(element.value, [...path, String(i)]))
    }
  }
  visit(document.body, [])
  if (problems.length) return { problems }
  // JSON.parse for the value itself: the same numbers and strings every other reader of the file gets.
  return { value: JSON.parse(text) as unknown, problems }
}
