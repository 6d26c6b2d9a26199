namespace Spotlight.Model;

/// <param name="Path">As given on the command line; "-" for stdin.</param>
/// <param name="Lines">Lines of the normalised text that every span refers to.</param>
public sealed record InputInfo(string Path, string Format, string Sha256, long Bytes, int Lines);
