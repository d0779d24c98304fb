/// The version printed by `--version` and written into reports.
public enum SelarasVersion {
    public static let current = "0.1.0"
}
