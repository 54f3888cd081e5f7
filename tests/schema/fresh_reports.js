// Fresh JSON reports for validate_reports.js: `parcalc validate|score --format json` over the
// samples, the test data and both corpora (the checked-in bad-input sheets and the
// Excel-written files of the corpus_excel fixture), run as tests/golden/run runs the tool:
// from the source root, one profile with parcalc.oxt installed, but this test's own
// profile and output directory so it never collides with a golden run.
'use strict';
const fs = require('fs');
const path = require('path');
const {spawnSync} = require('child_process');

// Each run: [name, kind, arguments after `--format json`]. Together they must give every
// file status of both reports (checked below), so each schema branch meets real output.
function runs(build) {
    const excel = path.join(build, 'tests', 'corpus-excel');
    return [
        ['validate-samples', 'validate', ['sample_sheets', 'tests/data/appendix']],
        ['validate-corpus', 'validate', ['tests/corpus/sheets', excel]],
        ['validate-previous', 'validate',
         ['--previous', 'tests/data/appendix/clean-q1-2023-previous.ods',
          'tests/data/appendix/clean-q2-2023.ods']],
        ['score-samples', 'score',
         ['sample_sheets', 'tests/data/self-assessment', 'tests/data/templates']],
        ['score-corpus', 'score', ['tests/corpus/sheets', excel]],
    ];
}

const kStatuses = {
    validate: ['valid', 'invalid', 'unreadable'],
    score: ['ok', 'invalid', 'no-table', 'unreadable'],
};

// [{label, kind, report}] or [{error}] per run, then one entry naming a file status no
// run produced.
function freshReports(repo, parcalc, build) {
    const out = path.join(build, 'tests', 'schema-reports');
    const profile = path.join(build, 'test-profiles', 'schema_reports');
    fs.rmSync(out, {recursive: true, force: true});
    fs.rmSync(profile, {recursive: true, force: true});
    fs.mkdirSync(out, {recursive: true});
    const install = spawnSync(parcalc, ['extension', 'add', path.join(build, 'parcalc.oxt'),
                                        '--profile', profile], {cwd: repo, encoding: 'utf8'});
    if (install.status !== 0)
        return [{error: `parcalc extension add: exit ${install.status}: ${install.stderr}`}];
    const results = [];
    const seen = {validate: new Set(), score: new Set()};
    for (const [name, kind, args] of runs(build)) {
        const file = path.join(out, name + '.json');
        const run = spawnSync(parcalc, [kind, '--format', 'json', '--profile', profile,
                                        '--output', file, ...args],
                              {cwd: repo, encoding: 'utf8', timeout: 240000});
        // 0 all fine, 1 findings / no table, 3 some file unreadable: each writes a report
        if (![0, 1, 3].includes(run.status)) {
            results.push({error: `${name}: exit ${run.status} ${run.signal || ''}: ${run.stderr}`});
            continue;
        }
        let report;
        try {
            report = JSON.parse(fs.readFileSync(file, 'utf8'));
        } catch (e) {
            results.push({error: `${name}: no JSON report in ${file}: ${e.message}`});
            continue;
        }
        (report.files || []).forEach(f => seen[kind].add(f.status));
        results.push({label: `fresh ${name} (${file})`, kind, report});
    }
    for (const kind of Object.keys(kStatuses))
        for (const status of kStatuses[kind])
            if (!seen[kind].has(status))
                results.push({error: `no fresh ${kind} report has a file with status ${status}`});
    return results;
}

module.exports = {freshReports};
