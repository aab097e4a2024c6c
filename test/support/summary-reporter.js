// Prints one plain closing line, "jest: N passed, N failed[, N skipped]", that CI reads whatever the runner.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failedSuites = results.numFailedTestSuites - 0;
    let line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    if (skipped) line += `, ${skipped} skipped`;
    process.stdout.write(`\n${line}\n`);
    if (failedSuites && !results.numFailedTests) process.stdout.write(`jest: ${failedSuites} test file(s) failed to run\n`);
  }
}
module.exports = SummaryReporter;
