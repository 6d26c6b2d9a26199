using System.Security.Cryptography;

namespace Spotlight.Text;

/// <summary>
/// The SHA-256 of an input, as the tree's <c>input.sha256</c> gives it. The platform's SHA-256 (OpenSSL on Linux) is
/// loaded and started on its first use, which costs about twice the instructions of parsing a 15 KB report: a process
/// that converts one report, or a few, would spend about a quarter of its work on it. The first bytes of a process are hashed
/// by <see cref="Sha256"/> instead, and everything after them by the platform, which is the faster per byte once it
/// runs. Both give the same digest.
/// </summary>
public static class InputDigest
{
    /// <summary>
    /// Bytes hashed in managed code before the platform takes over: about where the managed code's extra cost per byte
    /// has added up to what starting the platform's costs.
    /// </summary>
    public const long ManagedBytes = 128 * 1024;

    private static long _hashed;

    public static string Sha256Hex(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[Sha256.HashSize];
        if (Interlocked.Add(ref _hashed, bytes.Length) <= ManagedBytes)
            Sha256.HashData(bytes, hash);
        else
            SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}
