// Shared by the schema tests (validate_rulesets.js, validate_reports.js): reading JSON
// with a counted failure, and an ajv 6 instance as both tests configure it.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');

let failures = 0;

function fail(...what) {
    console.error('FAIL', ...what);
    failures++;
}

// The parsed file, or undefined (a counted failure) when it cannot be read or parsed.
function readJson(file) {
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        fail(`${file}: ${e.message}`);
        return undefined;
    }
}

// ajv 6 (Debian's node-ajv), draft-07; unknown keywords are schema errors.
function newAjv() {
    return new Ajv({allErrors: true, strictKeywords: true, jsonPointers: true});
}

// Adds a schema file under its $id after checking it is a valid draft-07 schema; exits at
// once when it is not, since nothing can be checked against it.
function addSchema(ajv, file) {
    const schema = readJson(file);
    if (!schema || !ajv.validateSchema(schema)) {
        console.error(`FAIL ${file} is not a valid draft-07 schema:`,
                      schema ? ajv.errorsText(ajv.errors) : 'unreadable');
        process.exit(1);
    }
    ajv.addSchema(schema);
    return schema.$id;
}

function finish() {
    process.exit(failures === 0 ? 0 : 1);
}

module.exports = {fail, readJson, newAjv, addSchema, finish};
