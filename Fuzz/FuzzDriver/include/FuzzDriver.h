#ifndef ALLIANCE_FUZZ_DRIVER_H
#define ALLIANCE_FUZZ_DRIVER_H

/// Runs libFuzzer on the target's LLVMFuzzerTestOneInput with the program's arguments.
///
/// SwiftPM renames a Swift executable's entry point and links `main` to it, so libFuzzer's own `main`
/// is never used: each fuzz target's main.swift calls this instead (LLVMFuzzerRunDriver, libFuzzer's
/// documented entry point for programs with their own main).
int alliance_fuzz_main(int argc, char **argv);

#endif
