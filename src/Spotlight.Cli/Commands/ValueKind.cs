namespace Spotlight.Cli.Commands;

/// <summary>What a shell should offer for an option's or argument's value.</summary>
internal enum ValueKind
{
    /// <summary>A switch: no value follows.</summary>
    None,
    /// <summary>One of a fixed list of words.</summary>
    Choice,
    File,
    Directory,
    /// <summary>A number, a size: nothing the shell can offer.</summary>
    Text,
}
