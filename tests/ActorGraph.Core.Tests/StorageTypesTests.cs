using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Tests;

public sealed class StorageTypesTests
{
    private static readonly ActorId Xi = new("person/xi-jinping");
    private static readonly ActorId Putin = new("person/vladimir-putin");

    [Fact]
    public void Symmetric_relation_key_is_the_same_in_both_directions()
    {
        Assert.Equal(new RelationKey(Xi, Putin, PloverType.Consult), new RelationKey(Putin, Xi, PloverType.Consult));
        Assert.Equal(Putin, new RelationKey(Xi, Putin, PloverType.Consult).Source);
    }

    [Fact]
    public void Directed_relation_key_keeps_its_direction()
    {
        Assert.NotEqual(new RelationKey(Xi, Putin, PloverType.Accuse), new RelationKey(Putin, Xi, PloverType.Accuse));
        Assert.Equal(Xi, new RelationKey(Xi, Putin, PloverType.Accuse).Source);
    }

    [Theory]
    [InlineData("2025-05-08", Modality.Asserted)]
    [InlineData("0001-01-01", Modality.Hypothetical)]
    [InlineData("9999-12-31", Modality.Future)]
    public void Event_stamp_packs_date_and_modality_losslessly(string date, Modality modality)
    {
        var stamp = new EventStamp(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), modality);
        var back = EventStamp.FromPacked(stamp.Packed);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), back.Date);
        Assert.Equal(modality, back.Modality);
    }

    [Fact]
    public void Event_stamps_order_by_date_when_packed()
    {
        var earlier = new EventStamp(new DateOnly(2025, 1, 1), Modality.Hypothetical);
        var later = new EventStamp(new DateOnly(2025, 1, 2), Modality.Asserted);
        Assert.True(earlier.Packed < later.Packed);
    }

    [Fact]
    public void Article_hash_changes_with_text_and_date_but_not_with_url()
    {
        var a = new Article("a", "T", "Body.", new DateOnly(2025, 1, 1), "https://x.example/1");
        Assert.Equal(a.ContentHash, (a with { Url = "https://x.example/2" }).ContentHash);
        Assert.NotEqual(a.ContentHash, (a with { Text = "Body!" }).ContentHash);
        Assert.NotEqual(a.ContentHash, (a with { Published = new DateOnly(2025, 1, 2) }).ContentHash);
        Assert.Equal(64, a.ContentHash.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("putin")]
    [InlineData("/putin")]
    public void Actor_id_without_a_prefix_is_rejected(string value) => Assert.ThrowsAny<ArgumentException>(() => new ActorId(value));

    [Fact]
    public void Ingest_reports_add_up()
    {
        Assert.Equal(new IngestReport(3, 1, 1, 12), new IngestReport(1, 1, 0, 5).Add(new IngestReport(2, 0, 1, 7)));
    }
}
