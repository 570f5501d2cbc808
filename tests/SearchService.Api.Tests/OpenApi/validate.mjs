// Usage: node validate.mjs <openapi.json> — exit 0 when valid, else prints the errors and exits 1.
import { Validator } from "@seriousme/openapi-schema-validator";
import { readFile } from "node:fs/promises";

const document = JSON.parse(await readFile(process.argv[2], "utf8"));
const validator = new Validator();
const result = await validator.validate(document);
if (!result.valid) {
  console.error(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
console.log(`valid OpenAPI ${validator.version}`);
