using System.Globalization;
using System.Text;
using ActorGraph.Cli.Generation;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Extraction.Knowledge;

namespace ActorGraph.Cli.Bench;

/// <summary>
/// Writes made-up but realistic news articles: paragraphs of sentences naming gazetteer actors (states, organisations
/// and people by their full names) in the ways news reports relations, mixed with sentences that name no relation.
/// The same seed gives the same articles.
/// </summary>
public sealed class ArticleSynthesizer
{
    /// <summary>Relation phrasings, each with the type the lexicon should find; {0} is the source, {1} the target.</summary>
    public static IReadOnlyList<(PloverType Type, string Template)> Phrasings { get; } =
    [
        (PloverType.Consult, "{0} held talks with {1} in {2} on {3}."),
        (PloverType.Consult, "{0} met {1} on the sidelines of the summit on {3}."),
        (PloverType.Consult, "{0} spoke by phone with {1} about the crisis."),
        (PloverType.Consult, "{0} visited {1} for the first time in six years."),
        (PloverType.Accuse, "{0} accused {1} of undermining regional security."),
        (PloverType.Accuse, "{0} condemned {1} after the attack on the convoy."),
        (PloverType.Accuse, "{0} criticised {1} for its handling of the talks."),
        (PloverType.Support, "{0} expressed support for {1} in the dispute."),
        (PloverType.Support, "{0} praised {1} for its role in the negotiations."),
        (PloverType.Request, "{0} urged {1} to return to the negotiating table."),
        (PloverType.Request, "{0} called on {1} to release the detained journalists."),
        (PloverType.Cooperate, "{0} held joint military exercises with {1} last week."),
        (PloverType.Cooperate, "{0} agreed to deepen cooperation with {1} on energy."),
        (PloverType.Agree, "{0} signed a trade agreement with {1} in {2}."),
        (PloverType.Aid, "{0} sent humanitarian aid to {1} on {3}."),
        (PloverType.Aid, "{0} pledged a new loan to {1}."),
        (PloverType.Reject, "{0} rejected the proposal from {1}."),
        (PloverType.Threaten, "{0} threatened {1} with new tariffs."),
        (PloverType.Threaten, "{0} warned {1} against further escalation."),
        (PloverType.Coerce, "{0} seized an oil tanker from {1} in the Gulf."),
        (PloverType.Sanction, "{0} imposed new sanctions on {1} on {3}."),
        (PloverType.Assault, "{0} launched air strikes on {1} overnight."),
        (PloverType.Protest, "{0} staged protests against {1} outside the embassy."),
        (PloverType.Concede, "{0} released prisoners to {1} under the exchange deal."),
        (PloverType.Mobilize, "{0} deployed troops along the border with {1}."),
        (PloverType.Retreat, "{0} withdrew troops from {1} after the talks."),
    ];

    private static readonly string[] Fillers =
    [
        "Oil prices rose slightly on hopes of progress.",
        "Officials said further talks were expected next week.",
        "The meeting lasted more than three hours, according to people familiar with the discussions.",
        "Analysts said the move was largely symbolic but could shape the months ahead.",
        "Markets reacted calmly to the news, with the main index closing almost unchanged.",
        "The statement did not say when the measures would take effect.",
        "Reporters were not allowed to attend the closed session.",
        "Humanitarian groups warned that conditions on the ground were getting worse.",
        "The announcement came after weeks of speculation in the local press.",
        "A spokesperson declined to comment on the details of the arrangement.",
    ];

    private static readonly string[] MentionOnly =
    [
        "{0} has been a close partner for years, diplomats said.",
        "Officials in {0} said they were studying the text.",
        "Questions about the role of {0} remained unanswered.",
    ];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private readonly GazetteerRecord[] states;
    private readonly GazetteerRecord[] organisations;
    private readonly GazetteerRecord[] people;
    private readonly string[] cities;

    /// <summary>Draws actors from the gazetteer: every state and organisation, and people who held an office.</summary>
    public ArticleSynthesizer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var records = gazetteer.Records.OrderBy(r => r.Id.Value, StringComparer.Ordinal).ToArray();
        states = [.. records.Where(r => r.Kind == ActorKind.State)];
        organisations = [.. records.Where(r => r.Kind == ActorKind.Organisation)];
        people = [.. records.Where(r => r.Kind == ActorKind.Person && r.Offices.Count > 0)];
        cities = [.. records.SelectMany(r => r.Capitals).Distinct().Order(StringComparer.Ordinal)];
        if (states.Length < 2 || organisations.Length == 0 || people.Length == 0 || cities.Length == 0)
        {
            throw new ArgumentException("The gazetteer needs states, organisations, office holders and capitals to write articles.", nameof(gazetteer));
        }
    }

    /// <summary>Article number <paramref name="index"/> of the sequence fixed by <paramref name="seed"/>: about 3 KB of text, a third of its sentences stating relations.</summary>
    public Article Create(int index, ulong seed)
    {
        var random = SeededRandom.ForStream(seed, 1000 + (ulong)index);
        var published = new DateOnly(2016, 1, 1).AddDays(random.NextInt(3653));
        var first = Pick(random);
        var second = Pick(random);
        var body = new StringBuilder(3500);
        var paragraphs = random.NextInt(6, 11);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                body.Append("\n\n");
            }

            var sentences = random.NextInt(3, 7);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    body.Append(' ');
                }

                body.Append(Sentence(random, first, second));
            }
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"{first.Name} and {second.Name}: {Fillers[random.NextInt(Fillers.Length)].TrimEnd('.')}");
        return new Article(string.Create(CultureInfo.InvariantCulture, $"synthetic-{index:D7}"), title, body.ToString(), published, Source: "Synthetic Wire");
    }

    /// <summary>Writes articles as one JSON file each (id, title, body, published, source) into a folder; returns the bytes written.</summary>
    public async Task<long> WriteJsonFilesAsync(string directory, int count, ulong seed, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var article = Create(i, seed);
            var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
            {
                ["id"] = article.Id,
                ["title"] = article.Title!,
                ["body"] = article.Text,
                ["published"] = article.Published!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["source"] = article.Source!,
            });
            await File.WriteAllBytesAsync(Path.Combine(directory, article.Id + ".json"), json, cancellationToken).ConfigureAwait(false);
            bytes += json.Length;
        }

        return bytes;
    }

    private string Sentence(SeededRandom random, GazetteerRecord first, GazetteerRecord second)
    {
        var roll = random.NextInt(100);
        // A third of the sentences state a relation, mostly between the story's two main actors.
        if (roll < 35)
        {
            var (a, b) = roll < 20 ? (first, second) : roll < 28 ? (second, first) : (first, Pick(random));
            if (a.Id == b.Id)
            {
                b = Pick(random);
            }

            var phrasing = Phrasings[random.NextInt(Phrasings.Count)].Template;
            return string.Format(CultureInfo.InvariantCulture, phrasing, a.Name, b.Name, cities[random.NextInt(cities.Length)], Days[random.NextInt(Days.Length)]);
        }

        return roll < 55
            ? string.Format(CultureInfo.InvariantCulture, MentionOnly[random.NextInt(MentionOnly.Length)], Pick(random).Name)
            : Fillers[random.NextInt(Fillers.Length)];
    }

    /// <summary>States half the time, people a third, organisations the rest: roughly who news names.</summary>
    private GazetteerRecord Pick(SeededRandom random)
    {
        var roll = random.NextInt(100);
        var pool = roll < 50 ? states : roll < 80 ? people : organisations;
        return pool[random.NextInt(pool.Length)];
    }
}
