using ActorGraph.Core.Storage;
using ActorGraph.Worker.Processing;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Worker.Tests.Processing;

public sealed class StoreFaultClassificationTests
{
    [Theory]
    [InlineData(5, StoreFault.Busy)]
    [InlineData(6, StoreFault.Busy)]
    [InlineData(8, StoreFault.ReadOnly)]
    [InlineData(10, StoreFault.IoError)]
    [InlineData(778, StoreFault.IoError)]
    [InlineData(13, StoreFault.Full)]
    [InlineData(14, StoreFault.CannotOpen)]
    [InlineData(11, StoreFault.Corrupt)]
    [InlineData(26, StoreFault.Corrupt)]
    public void An_sqlite_error_the_store_let_through_is_a_store_fault(int code, StoreFault fault)
    {
        var exception = new InvalidOperationException("wrapped", new SqliteException("sqlite said no", code));

        Assert.Equal(fault, StoreRetry.FaultOf(exception, damageIsFault: true));
    }

    [Fact]
    public void A_translated_store_fault_keeps_its_kind()
    {
        Assert.Equal(StoreFault.Full, StoreRetry.FaultOf(new StoreUnavailableException("full", fault: StoreFault.Full)));
        Assert.Equal(StoreFault.Unreachable, StoreRetry.FaultOf(new TimeoutException()));
    }

    [Fact]
    public void A_damaged_store_is_a_fault_when_writing_but_not_when_opening()
    {
        var damaged = new StoreFormatException("damaged");

        Assert.Equal(StoreFault.Corrupt, StoreRetry.FaultOf(damaged, damageIsFault: true));
        Assert.Null(StoreRetry.FaultOf(damaged));
        Assert.Null(StoreRetry.FaultOf(new SqliteException("corrupt", 11)));
    }

    [Fact]
    public void What_an_article_did_wrong_is_not_a_store_fault()
    {
        Assert.Null(StoreRetry.FaultOf(new ArgumentException("confidence out of range"), damageIsFault: true));
        Assert.Null(StoreRetry.FaultOf(new SqliteException("constraint", 19), damageIsFault: true));
        Assert.Null(StoreRetry.FaultOf(new SqliteException("too big", 18), damageIsFault: true));
    }
}
