using Collaboration.Forums.Store.Configuration;

namespace Collaboration.Forums.Store;

/// <summary>
/// The provider-neutral model. Each provider has a subclass with its own timestamp conversion and its own
/// migrations, because SQLite and PostgreSQL need different column types for the same model.
/// </summary>
internal abstract class ForumDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SeriesEntity> Series => Set<SeriesEntity>();

    public DbSet<ForumEntity> Forums => Set<ForumEntity>();

    public DbSet<ItemEntity> Items => Set<ItemEntity>();

    public DbSet<ParticipantEntity> Participants => Set<ParticipantEntity>();

    public DbSet<ResponseEntity> Responses => Set<ResponseEntity>();

    public DbSet<NeedEntryEntity> NeedEntries => Set<NeedEntryEntity>();

    public DbSet<NeedSupportEntity> NeedSupports => Set<NeedSupportEntity>();

    public DbSet<ConversationBindingEntity> ConversationBindings => Set<ConversationBindingEntity>();

    public DbSet<CardPostEntity> CardPosts => Set<CardPostEntity>();

    public DbSet<OutboxEntity> Outbox => Set<OutboxEntity>();

    public DbSet<FanOutEntity> FanOuts => Set<FanOutEntity>();

    public DbSet<FanOutRecipientEntity> FanOutRecipients => Set<FanOutRecipientEntity>();

    public DbSet<KeyCheckEntity> KeyChecks => Set<KeyCheckEntity>();

    public DbSet<MeetingEventEntity> MeetingEvents => Set<MeetingEventEntity>();

    public DbSet<SharedFileEntity> SharedFiles => Set<SharedFileEntity>();
    public DbSet<CardUpdateClaimEntity> CardUpdateClaims => Set<CardUpdateClaimEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder
            .ApplyConfiguration(new SeriesConfiguration())
            .ApplyConfiguration(new ForumConfiguration())
            .ApplyConfiguration(new ItemConfiguration())
            .ApplyConfiguration(new ParticipantConfiguration())
            .ApplyConfiguration(new ResponseConfiguration())
            .ApplyConfiguration(new NeedEntryConfiguration())
            .ApplyConfiguration(new NeedSupportConfiguration())
            .ApplyConfiguration(new ConversationBindingConfiguration())
            .ApplyConfiguration(new CardPostConfiguration())
            .ApplyConfiguration(new OutboxConfiguration())
            .ApplyConfiguration(new FanOutConfiguration())
            .ApplyConfiguration(new FanOutRecipientConfiguration())
            .ApplyConfiguration(new KeyCheckConfiguration())
            .ApplyConfiguration(new MeetingEventConfiguration())
            .ApplyConfiguration(new SharedFileConfiguration())
            .ApplyConfiguration(new CardUpdateClaimConfiguration());
        SnakeCaseNames.Apply(modelBuilder.Model);
    }
}
