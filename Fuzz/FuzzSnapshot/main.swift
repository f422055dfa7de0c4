import FuzzDriver
import Foundation

// libFuzzer runs the LLVMFuzzerTestOneInput of this target (see FuzzDriver.h).
exit(alliance_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
