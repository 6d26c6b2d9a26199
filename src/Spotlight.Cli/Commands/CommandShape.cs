namespace Spotlight.Cli.Commands;

/// <summary>
/// A command as the completion scripts and the man page describe it, read from System.CommandLine's definitions
/// (<see cref="CommandShapes"/>), so that neither can list an option the program does not have.
/// </summary>
internal sealed record CommandShape(string Name, string Description, IReadOnlyList<OptionShape> Options, IReadOnlyList<ArgumentShape> Arguments);

/// <param name="Names">The name first, then its aliases, long ones before short ones.</param>
/// <param name="ValueName">What the help shows for the value (FILE, N), null for a switch.</param>
internal sealed record OptionShape(IReadOnlyList<string> Names, string Description, ValueKind Value, string? ValueName, IReadOnlyList<string> Choices);

/// <param name="Many">Whether it takes more than one value (FILE...).</param>
internal sealed record ArgumentShape(string Name, string Description, ValueKind Value, IReadOnlyList<string> Choices, bool Many, bool Optional);
