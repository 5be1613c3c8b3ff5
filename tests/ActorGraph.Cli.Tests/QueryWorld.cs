using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Tests;

/// <summary>
/// A store for the graph query commands. Erdoğan consults Putin (2024) and accuses Russia (2023); Putin supports Russia
/// and consults Xi; Russia attacks Ukraine; China aids Russia; Russia might threaten China (hypothetical only);
/// two actors are called Georgia.
/// From Erdoğan to Ukraine the shortest path is Erdoğan–Russia–Ukraine; without the 2023 accusation it is
/// Erdoğan–Putin–Russia–Ukraine.
/// </summary>
public static class QueryWorld
{
    public static readonly Actor Erdogan = Some.Actor("person/recep-tayyip-erdogan", "Recep Tayyip Erdoğan", ActorKind.Person, "TUR");
    public static readonly Actor Putin = Some.Actor("person/vladimir-putin", "Vladimir Putin", ActorKind.Person, "RUS");
    public static readonly Actor Xi = Some.Actor("person/xi-jinping", "Xi Jinping", ActorKind.Person, "CHN");
    public static readonly Actor Russia = Some.Actor("country/RUS", "Russia", country: "RUS");
    public static readonly Actor Ukraine = Some.Actor("country/UKR", "Ukraine", country: "UKR");
    public static readonly Actor China = Some.Actor("country/CHN", "China", country: "CHN");
    public static readonly Actor Georgia = Some.Actor("country/GEO", "Georgia", country: "GEO");
    public static readonly Actor GeorgiaGroup = Some.Actor("group/georgia-diaspora", "Georgia", ActorKind.Group);

    public static Task<string> CreateAsync(StoreFolder folder, string name = "query.db")
    {
        ArgumentNullException.ThrowIfNull(folder);
        return folder.StoreAsync(name,
            Article("a1", "2024-01-10", (Erdogan, PloverType.Consult, Putin)),
            Article("a2", "2024-02-24", (Russia, PloverType.Assault, Ukraine)),
            Article("a3", "2024-03-01", (Putin, PloverType.Consult, Xi), (China, PloverType.Aid, Russia)),
            Article("a4", "2023-05-01", (Erdogan, PloverType.Accuse, Russia)),
            Article("a5", "2024-01-20", (Putin, PloverType.Support, Russia)),
            Article("a6", "2024-05-05", (Georgia, PloverType.Request, GeorgiaGroup)),
            Article("a7", "2024-06-01", Modality.Hypothetical, (Russia, PloverType.Threaten, China)));
    }

    private static ExtractedArticle Article(string id, string date, params (Actor Source, PloverType Type, Actor Target)[] events) =>
        Article(id, date, Modality.Asserted, events);

    private static ExtractedArticle Article(string id, string date, Modality modality, params (Actor Source, PloverType Type, Actor Target)[] events)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        return new ExtractedArticle(
            new Article(id, $"Title of {id}", $"Body of {id}.", day),
            [.. events.Select((e, i) => new ActorEvent(e.Type, null, e.Source, e.Target, day, DatePrecision.Day, modality,
                new Evidence(id, i, 0, 10, $"{e.Source.Name} & <{e.Type.ToName()}> \"{e.Target.Name}\".", 0.9, e.Source.Name, e.Target.Name)))]);
    }
}
