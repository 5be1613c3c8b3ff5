using System.Globalization;
using System.Text;
using System.Xml;
using ActorGraph.Core.Actors;

namespace ActorGraph.Query.Export;

/// <summary>How values are spelled in every export format, so the formats agree with one another.</summary>
internal static class ExportText
{
    public static UTF8Encoding Utf8 { get; } = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How the XML formats are written: indented UTF-8, with carriage returns kept as <c>&amp;#xD;</c> (a parser turns a raw one into a line feed).</summary>
    public static XmlWriterSettings XmlSettings => new()
    {
        Encoding = Utf8,
        Indent = true,
        CloseOutput = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The node label of a kind: <c>State</c>, <c>Person</c>, <c>Organisation</c> or <c>Group</c>.</summary>
    public static string Label(ActorKind kind) => kind.ToString();

    /// <summary>Replaces characters XML 1.0 cannot carry (most control characters, lone surrogates) with U+FFFD.</summary>
    public static string Xml(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsXmlChar(text, i, out _))
            {
                return CleanXml(text);
            }
        }

        return text;
    }

    private static string CleanXml(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsXmlChar(text, i, out var width))
            {
                builder.Append(text, i, width);
                i += width - 1;
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static bool IsXmlChar(string text, int i, out int width)
    {
        width = 1;
        if (char.IsHighSurrogate(text[i]))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return true;
            }

            return false;
        }

        return XmlConvert.IsXmlChar(text[i]);
    }
}
