using ActorGraph.Syntax.Learning;
using ActorGraph.Syntax.Lemmas;
using ActorGraph.Syntax.Parsing;
using ActorGraph.Syntax.Tagging;

namespace ActorGraph.Syntax.Model;

/// <summary>The payload layout: summary, tagger (classes, dictionary, weights), lemmatizer (exceptions, suffix
/// rules), parser (relations, weights), end marker. Tables are written in ordinal key order so equal models are equal bytes.</summary>
internal static class ModelSerializer
{
    private const int EndMarker = 0x00444E45;

    public static void Write(BinaryWriter writer, string summary, Tagger tagger, Lemmatizer lemmatizer, Parser parser)
    {
        writer.Write(summary);
        writer.Write(tagger.Tags.Count);
        for (var i = 0; i < tagger.Tags.Count; i++)
        {
            writer.Write(tagger.Tags.Upos[i]);
            writer.Write(tagger.Tags.Xpos[i]);
        }

        writer.Write(tagger.Dictionary.Count);
        foreach (var (word, tag) in tagger.Dictionary.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write7BitEncodedInt(tag);
        }

        tagger.Weights.Write(writer);
        WriteRules(writer, lemmatizer.Exceptions);
        WriteRules(writer, lemmatizer.SuffixRules);
        writer.Write(parser.Transitions.Labels.Length);
        foreach (var label in parser.Transitions.Labels)
        {
            writer.Write(label);
        }

        parser.Weights.Write(writer);
        writer.Write(EndMarker);
    }

    public static (string Summary, Tagger Tagger, Lemmatizer Lemmatizer, Parser Parser) Read(BinaryReader reader)
    {
        var summary = reader.ReadString();
        var tagCount = Count(reader);
        var upos = new string[tagCount];
        var xpos = new string[tagCount];
        for (var i = 0; i < tagCount; i++)
        {
            upos[i] = reader.ReadString();
            xpos[i] = reader.ReadString();
        }

        var tags = new TagSet(upos, xpos);
        var dictionaryCount = Count(reader);
        var dictionary = new Dictionary<string, int>(dictionaryCount, StringComparer.Ordinal);
        for (var i = 0; i < dictionaryCount; i++)
        {
            var word = reader.ReadString();
            var tag = reader.Read7BitEncodedInt();
            dictionary[word] = tag < tagCount ? tag : throw new InvalidDataException("tag dictionary class out of range");
        }

        var taggerWeights = FeatureWeights.Read(reader);
        var exceptions = ReadRules(reader);
        var suffixRules = ReadRules(reader);
        var labelCount = Count(reader);
        var labels = new string[labelCount];
        for (var i = 0; i < labelCount; i++)
        {
            labels[i] = reader.ReadString();
        }

        var transitions = new Transitions(labels);
        var parserWeights = FeatureWeights.Read(reader);
        if (taggerWeights.ClassCount != tagCount || parserWeights.ClassCount != transitions.Count)
        {
            throw new InvalidDataException("weight tables do not match the class sets");
        }

        if (reader.ReadInt32() != EndMarker)
        {
            throw new InvalidDataException("the end marker is missing");
        }

        return (summary, new Tagger(tags, dictionary, taggerWeights), new Lemmatizer(exceptions, suffixRules), new Parser(transitions, parserWeights));
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and < 100_000_000 ? count : throw new InvalidDataException($"count {count} out of range");
    }

    private static void WriteRules(BinaryWriter writer, IReadOnlyDictionary<string, LemmaRule> rules)
    {
        writer.Write(rules.Count);
        foreach (var (key, rule) in rules.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(rule.Lower);
            writer.Write7BitEncodedInt(rule.Strip);
            writer.Write(rule.Append);
        }
    }

    private static Dictionary<string, LemmaRule> ReadRules(BinaryReader reader)
    {
        var count = Count(reader);
        var rules = new Dictionary<string, LemmaRule>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            rules[key] = new LemmaRule(reader.ReadBoolean(), reader.Read7BitEncodedInt(), reader.ReadString());
        }

        return rules;
    }
}
