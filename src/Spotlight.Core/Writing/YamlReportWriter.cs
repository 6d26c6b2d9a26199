using System.Text;
using System.Text.Json;
using Spotlight.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Spotlight.Writing;

/// <summary>
/// The tree as YAML, one document per report. The tree is first rendered by the JSON context and its
/// elements emitted as YAML events, so the keys are the JSON keys by construction and nothing is
/// reflected on at run time.
/// </summary>
public sealed class YamlReportWriter : IReportWriter
{
    public IReportOutput Open(Stream output, bool many) => new Output(output, many);

    private sealed class Output : IReportOutput
    {
        private readonly StreamWriter _text;
        private readonly Emitter _emitter;
        private readonly bool _many;

        public Output(Stream stream, bool many)
        {
            _many = many;
            _text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
            // No folding: every scalar stays on one line, whole, as grep and diff expect.
            _emitter = new Emitter(_text, 2, int.MaxValue, false);
            _emitter.Emit(new StreamStart());
        }

        public void Write(ReportTree document)
        {
            var tree = JsonSerializer.SerializeToElement(document, ReportWritingContext.Default.ReportTree);
            try
            {
                _emitter.Emit(new DocumentStart(null, null, isImplicit: !_many));
                Emit(tree);
                _emitter.Emit(new DocumentEnd(isImplicit: true));
                _text.Flush();
            }
            catch
            {
                // The stream failed (a full disk): closing the YAML stream would only hide why behind an emitter error.
                _failed = true;
                throw;
            }
        }

        private bool _failed;

        private void Emit(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                    foreach (var property in element.EnumerateObject())
                    {
                        _emitter.Emit(Scalar(property.Name, ScalarStyle.Plain));
                        Emit(property.Value);
                    }
                    _emitter.Emit(new MappingEnd());
                    break;
                case JsonValueKind.Array:
                    // Empty lists and lists of numbers ("lines: [20, 40]") read best inline.
                    bool flow = element.GetArrayLength() == 0 || element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Number);
                    _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
                    foreach (var item in element.EnumerateArray())
                        Emit(item);
                    _emitter.Emit(new SequenceEnd());
                    break;
                case JsonValueKind.String:
                    string value = element.GetString()!;
                    _emitter.Emit(Scalar(value, YamlScalars.StyleOf(value)));
                    break;
                case JsonValueKind.Number:
                    _emitter.Emit(Scalar(element.GetRawText(), ScalarStyle.Plain));
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    _emitter.Emit(Scalar(element.ValueKind == JsonValueKind.True ? "true" : "false", ScalarStyle.Plain));
                    break;
                default:
                    _emitter.Emit(Scalar("null", ScalarStyle.Plain));
                    break;
            }
        }

        private static Scalar Scalar(string value, ScalarStyle style) =>
            new(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true);

        public void Dispose()
        {
            if (_failed)
                return;
            _emitter.Emit(new StreamEnd());
            _text.Flush();
            _text.Dispose();
        }
    }
}
