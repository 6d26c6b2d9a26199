namespace Spotlight.Writing.Findings;

/// <summary>
/// One entry of a GitLab Code Quality report, with the keys GitLab requires and no more: the merge request widget
/// and the changes view read <c>description</c>, <c>check_name</c>, <c>fingerprint</c>, <c>severity</c> and
/// <c>location.path</c> with <c>location.lines.begin</c>.
/// </summary>
public sealed record CodeQualityIssue(string Description, string CheckName, string Fingerprint, string Severity, CodeQualityLocation Location);

/// <param name="Path">Relative to the repository's root, without a leading <c>./</c>, which GitLab would not match.</param>
public sealed record CodeQualityLocation(string Path, CodeQualityLines Lines);

public sealed record CodeQualityLines(int Begin);
