// Reads a JSON array of Mermaid diagrams (each may be a Markdown ```mermaid
// block) on stdin, parses each with Mermaid's own parser, and prints a JSON
// array: for each, what Mermaid understood, {type, title, sections, tasks:
// [{section, period, events}]} with entity codes decoded as Mermaid decodes
// them when it draws, or {error} when Mermaid cannot parse it.
// One process for many diagrams: loading Mermaid takes a second or two.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

// Mermaid's sanitiser (DOMPurify) needs a DOM, even to parse.
const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");

const decode = (s) =>
  s.replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)))
   .replace(/ﬂ°(\w+)¶ß/g, (_, name) => dom.window.document.createRange()
     .createContextualFragment(`&${name};`).textContent)
   .trim();

async function read(block) {
  const fenced = block.match(/^```mermaid\n([\s\S]*?)\n```\s*$/);
  const text = fenced ? fenced[1] : block;
  try {
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    return {
      type: diagram.type,
      title: decode(db.getCommonDb().getDiagramTitle()),
      sections: db.getSections().map(decode),
      tasks: db.getTasks().map((t) => ({ section: decode(t.section), period: decode(t.task), events: t.events.map(decode) })),
    };
  } catch (error) {
    return { error: error.message };
  }
}

const results = [];
for (const block of JSON.parse(readFileSync(0, "utf8"))) results.push(await read(block));
console.log(JSON.stringify(results));
