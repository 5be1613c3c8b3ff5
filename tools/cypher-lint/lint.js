// Lints every Cypher statement the ActorGraph Neo4j adapter can send with Neo4j's own Cypher front end
// (@neo4j-cypher/language-support, pinned in package-lock.json), as Cypher 5.
// Usage: node lint.js <statements.json>   (written by the CypherCatalog test in tests/ActorGraph.Storage.Neo4j.Tests)
// Fails on any error, any deprecation, and any warning not in REVIEWED below. It first lints statements it must reject,
// so a linter that silently stopped finding problems fails too.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

// Warnings looked at and accepted: each names the statements it covers, the message, and why it is harmless there.
const REVIEWED = [
  {
    statements: /^(IngestCypher\.(Events|Add\[\w+\]|Recount\[\w+\])|ReadCypher\.ShortestPath\[[\w|]+,\d+\])$/,
    message: /^If a part of a query contains multiple disconnected patterns, this will build a cartesian product/,
    why: 'every disconnected part is a seek on a unique id ({id: ...} on Actor or Article), so each side holds at most one row per input row',
  },
];

const ERROR = 1;

function lint(statement, schema) {
  const name = statement.name ?? '';
  const parameters = Object.fromEntries((statement.parameters ?? []).map((name) => [name, null]));
  const { diagnostics } = lintCypherQuery(statement.statement, { ...schema, parameters, defaultLanguage: 'CYPHER 5' });
  return diagnostics.map((d) => {
    const deprecated = (d.tags ?? []).includes(2) || /deprecated/i.test(d.message);
    const reviewed = d.severity !== ERROR && !deprecated && REVIEWED.find((r) => r.statements.test(name) && r.message.test(d.message));
    const kind = d.severity === ERROR ? 'error' : deprecated ? 'deprecation' : 'warning';
    return { kind, message: d.message, line: (d.range?.start?.line ?? 0) + 1, accepted: Boolean(reviewed) };
  });
}

function problems(statement, schema) {
  return lint(statement, schema).filter((d) => !d.accepted);
}

const schema = {
  labels: ['Actor', 'Article', 'Event', 'ActorGraphStore'],
  relationshipTypes: ['SOURCE_OF', 'TARGET', 'FROM_ARTICLE', 'CONSULT'],
};

// Self-check: each of these must be rejected, for the reason given.
const mustReject = [
  { why: 'a syntax error', expect: 'error', statement: 'MATC (a:Actor) RETURN a' },
  { why: 'a deprecated function', expect: 'deprecation', statement: 'MATCH (a:Actor) RETURN id(a) AS id' },
  { why: 'a CALL subquery importing with WITH', expect: 'deprecation', statement: 'MATCH (a:Actor) CALL { WITH a MATCH (a)-[:CONSULT]->(b:Actor) RETURN b } RETURN b.id AS id' },
  { why: 'an undeclared parameter', expect: 'error', statement: 'MATCH (a:Actor {id: $nobody}) RETURN a.id AS id', parameters: [] },
  { why: 'an unknown label (an unreviewed warning)', expect: 'warning', statement: 'MATCH (a:Actress) RETURN a.id AS id' },
  { why: 'a reviewed warning outside the statements it was reviewed for', expect: 'warning', name: 'ReadCypher.Stats', statement: 'MATCH (a:Actor), (b:Actor) RETURN a.id AS id' },
];
const mustAccept = [{ statement: 'MATCH (a:Actor {id: $id})-[:CONSULT]->(b:Actor) RETURN b.id AS id', parameters: ['id'] }];

let selfCheckFailed = false;
for (const probe of mustReject) {
  const found = problems({ parameters: [], ...probe }, schema);
  if (!found.some((d) => d.kind === probe.expect)) {
    console.error(`lint self-check: did not reject ${probe.why}: ${probe.statement} (found: ${JSON.stringify(found)})`);
    selfCheckFailed = true;
  }
}
for (const probe of mustAccept) {
  const found = problems(probe, schema);
  if (found.length > 0) {
    console.error(`lint self-check: rejected a good statement: ${probe.statement}: ${JSON.stringify(found)}`);
    selfCheckFailed = true;
  }
}
if (selfCheckFailed) {
  process.exit(2);
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node lint.js <statements.json>');
  process.exit(2);
}

let catalog;
try {
  catalog = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`error: ${file}: ${e.message}`);
  process.exit(2);
}
if (!Array.isArray(catalog.statements) || catalog.statements.length === 0) {
  console.error(`error: ${file}: no statements to lint`);
  process.exit(2);
}

const adapterSchema = { labels: catalog.labels, relationshipTypes: catalog.relationshipTypes };
let failed = 0;
let accepted = 0;
for (const statement of catalog.statements) {
  const all = lint(statement, adapterSchema);
  accepted += all.filter((d) => d.accepted).length;
  const found = all.filter((d) => !d.accepted);
  if (found.length > 0) {
    failed++;
    for (const d of found) {
      console.error(`${statement.name}: ${d.kind} (line ${d.line}): ${d.message}`);
    }
  }
}

console.log(`cypher-lint: ${catalog.statements.length} statements, ${failed} with problems, ${accepted} reviewed warnings accepted (self-check: ${mustReject.length} rejected, ${mustAccept.length} accepted)`);
process.exit(failed > 0 ? 1 : 0);
