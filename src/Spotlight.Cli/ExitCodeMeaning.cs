namespace Spotlight.Cli;

/// <summary>An exit code and what it tells a script, as the man page lists them.</summary>
internal sealed record ExitCodeMeaning(int Code, string Meaning);
