// The data files shipped inside the binary: Templates/*.yaml and Themes/*.yaml, keyed by their
// path relative to the package root ("Templates/blank.yaml"). The table itself is generated.
public enum BuiltinFiles {}
