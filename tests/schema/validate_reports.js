#!/usr/bin/env node
// The report contract (issue 12): schemas/*.schema.json are valid draft-07 schemas, every
// JSON report the test suite keeps (tests/golden/expected/*.json) validates, every
// tests/schema/bad-reports/*.json mutation of a valid report is rejected at the place it
// changes, and, given PARCALC and BUILD, fresh `parcalc validate|score --format json` runs
// over the samples and the corpora validate too (outputs in BUILD/tests/schema-reports,
// profile BUILD/test-profiles/schema_reports: never shared with another test).
// Run: NODE_PATH=/usr/share/nodejs node tests/schema/validate_reports.js REPO [PARCALC BUILD]
'use strict';
const fs = require('fs');
const path = require('path');
const {fail, readJson, newAjv, addSchema, finish} = require('./schema_support');
const {freshReports} = require('./fresh_reports');

const repo = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const [parcalc, build] = process.argv.slice(3);
const schemaDir = path.join(repo, 'schemas');

const ajv = newAjv();
addSchema(ajv, path.join(schemaDir, 'finding.schema.json'));
const validators = {
    validate: ajv.getSchema(addSchema(ajv, path.join(schemaDir, 'validate-report.schema.json'))),
    score: ajv.getSchema(addSchema(ajv, path.join(schemaDir, 'score-report.schema.json'))),
    consolidate: ajv.getSchema(addSchema(ajv, path.join(schemaDir, 'consolidate-report.schema.json'))),
};

// "validate.json", "validate-previous.json" -> validate; "score*.json" -> score;
// "consolidate*.json" -> consolidate.
function kindOf(name) {
    const base = path.basename(name);
    return base.startsWith('score') ? 'score' : base.startsWith('consolidate') ? 'consolidate' : 'validate';
}

// Validates one report; true when it conforms.
function check(label, kind, report) {
    const validate = validators[kind];
    if (validate(report)) {
        console.log(`ok   ${label} (${kind}, ${(report.files || report.units).length} files)`);
        return true;
    }
    fail(`${label} (${kind}): ${ajv.errorsText(validate.errors, {separator: '\n  '})}`);
    return false;
}

// --- the golden reports -------------------------------------------------------------
const golden = path.join(repo, 'tests', 'golden', 'expected');
const goldenJson = fs.readdirSync(golden).filter(f => f.endsWith('.json')).sort();
if (goldenJson.length < 3)
    fail(`only ${goldenJson.length} JSON reports in tests/golden/expected (validate, score, previous)`);
for (const name of goldenJson) {
    const report = readJson(path.join(golden, name));
    if (report !== undefined)
        check(`tests/golden/expected/${name}`, kindOf(name), report);
}

// --- reports the tool wrote, kept: tests/schema/reports/consolidate-districts.json is
// `parcalc consolidate bad -o …` run in the folder tests/integration/make_districts.py
// writes (build/tests/consolidate-data); write it again when the contract changes ---------
const keptDir = path.join(repo, 'tests', 'schema', 'reports');
for (const name of fs.readdirSync(keptDir).filter(f => f.endsWith('.json')).sort()) {
    const report = readJson(path.join(keptDir, name));
    if (report !== undefined)
        check(`tests/schema/reports/${name}`, kindOf(name), report);
}

// --- mutations that must be rejected --------------------------------------------------
// Each file: {"description", "base": a valid report (repo-relative), "change": JSON Patch
// operations (replace, add, remove), "error_at": the JSON pointer ajv must complain about}.
function parentOf(doc, pointer) {
    const keys = pointer.split('/').slice(1).map(k => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop();
    let node = doc;
    for (const k of keys) {
        if (node === null || typeof node !== 'object' || !(k in node))
            throw new Error(`no ${pointer} in the base report`);
        node = node[k];
    }
    return [node, last];
}

function applyChange(doc, op) {
    const [parent, key] = parentOf(doc, op.path);
    if (op.op !== 'add' && !(key in parent))
        throw new Error(`no ${op.path} in the base report`);
    if (op.op === 'remove')
        Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (op.op === 'replace' || op.op === 'add')
        parent[key] = op.value;
    else
        throw new Error(`unknown op ${op.op}`);
}

// Where an error points: its data path, plus the key it names when it is about one.
function errorPlace(e) {
    const key = e.params && (e.params.missingProperty || e.params.additionalProperty);
    return key ? `${e.dataPath}/${key}` : e.dataPath;
}

const badDir = path.join(repo, 'tests', 'schema', 'bad-reports');
const bad = fs.readdirSync(badDir).filter(f => f.endsWith('.json')).sort();
if (bad.length < 4)
    fail(`only ${bad.length} bad reports in tests/schema/bad-reports`);
for (const name of bad) {
    const label = `tests/schema/bad-reports/${name}`;
    const spec = readJson(path.join(badDir, name));
    if (spec === undefined)
        continue;
    const kind = kindOf(spec.base);
    const report = readJson(path.join(repo, spec.base));
    if (report === undefined || !validators[kind](report)) {
        fail(`${label}: its base ${spec.base} is not a valid report`);
        continue;
    }
    try {
        spec.change.forEach(op => applyChange(report, op));
    } catch (e) {
        fail(`${label}: ${e.message}`);
        continue;
    }
    const validate = validators[kind];
    if (validate(report)) {
        fail(`${label}: accepted, should be rejected (${spec.description})`);
        continue;
    }
    const places = validate.errors.map(errorPlace);
    if (places.includes(spec.error_at))
        console.log(`ok   ${label} rejected at ${spec.error_at} (${spec.description})`);
    else
        fail(`${label}: rejected, but not at ${spec.error_at}: ${places.join(', ')}`);
}

// --- fresh reports from the tool ------------------------------------------------------
if (parcalc) {
    for (const run of freshReports(repo, parcalc, build)) {
        if (run.error) {
            fail(run.error);
            continue;
        }
        check(run.label, run.kind, run.report);
    }
}

finish();
