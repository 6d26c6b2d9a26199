using Spotlight.Parsing;
using Spotlight.Extraction;
using Spotlight.Reading;
using Spotlight.Validation;
using Spotlight.Vocabulary;

namespace Spotlight.Fuzz;

/// <summary>The bytes as a report of one format (text, html, pdf), through everything a run does with it.</summary>
public sealed class ReaderTarget(string readerName) : Target
{
    private readonly IReportReader _reader = ReportReaders.ForName(readerName);

    public override void Run(byte[] bytes) => ReportRun.Check(bytes, _reader, ProfileChoice.BuiltIn, ValidationConfig.Default);
}
