// Learning Locker's xAPI validator (@learninglocker/xapi-validation, pinned in
// package-lock.json) over statements Leerpad made: one JSON array per file given.
// Prints each problem as "FILE: statement N (verb): path: message" and exits 1 when
// there is any, 2 when a file cannot be read.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

let problems = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  let statements;
  try {
    statements = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    process.exit(2);
  }
  statements.forEach((statement, i) => {
    checked += 1;
    for (const warning of validate(statement)) {
      problems += 1;
      const verb = statement.verb && statement.verb.id;
      console.log(`${file}: statement ${i} (${verb}): ${warning.path.join('.')}: ${warning.message || warning.constructor.name}`);
    }
  });
}
console.log(`validate.js: ${checked} statements, ${problems} problems`);
process.exit(problems ? 1 : 0);
