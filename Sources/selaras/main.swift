import Selaras
import SelarasCore

print("selaras \(SelarasVersion.current)")
