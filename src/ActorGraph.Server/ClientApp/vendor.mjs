// Copies the pinned Cytoscape.js build and its licence from node_modules into the server's wwwroot/vendor.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, "node_modules", "cytoscape");
const target = join(here, "..", "wwwroot", "vendor");
mkdirSync(target, { recursive: true });
copyFileSync(join(source, "dist", "cytoscape.min.js"), join(target, "cytoscape.min.js"));
copyFileSync(join(source, "LICENSE"), join(target, "cytoscape.LICENSE.txt"));
const version = JSON.parse(readFileSync(join(source, "package.json"), "utf8")).version;
console.log(`vendored cytoscape ${version} into ${target}`);
