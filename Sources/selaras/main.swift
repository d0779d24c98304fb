import Foundation
import Selaras

// The executable only connects the process to the library's command line.
exit(SelarasCommandLine.run(Array(CommandLine.arguments.dropFirst()), io: .process()))
