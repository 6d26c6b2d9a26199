namespace Spotlight.Text;

/// <summary>The bytes are binary data, not text in any encoding the decoder reads.</summary>
/// <remarks>
/// Text knows nothing of reports; the readers turn this into their own refusal with the same message, so the
/// reason a user sees is the one written here.
/// </remarks>
public sealed class NotTextException(string reason) : Exception(reason);
