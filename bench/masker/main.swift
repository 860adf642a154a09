import Foundation

// Times `SecretMasker.masking` on one line: `main BYTES UNIT RUNS` prints the median in ms.
// Compiled by bench/run_masker_benchmark.py against the current masker and against a baseline
// masker taken from git, so both are measured in the same run.
let arguments = CommandLine.arguments
guard arguments.count == 4, let bytes = Int(arguments[1]), let runs = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: masker-bench BYTES UNIT RUNS\n".utf8))
    exit(2)
}
let unit = arguments[2]
let line = String(repeating: unit, count: max(1, bytes / max(1, unit.utf8.count)))
var times: [Double] = []
var printed = 0
for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    printed += SecretMasker.masking(line).utf8.count
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
}
times.sort()
print(String(format: "%.3f %d", times[times.count / 2], printed / runs))
