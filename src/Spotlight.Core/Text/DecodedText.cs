using Spotlight.Diagnostics;

namespace Spotlight.Text;

/// <summary>Input bytes as text, with the encoding they were read in and what the reading had to say about them.</summary>
/// <param name="Encoding">utf-8, utf-16le, utf-16be or windows-1252.</param>
/// <param name="Finding">Set when the bytes were not clean text in a declared encoding: a guess, or bytes replaced.</param>
public sealed record DecodedText(string Text, string Encoding, Diagnostic? Finding);
