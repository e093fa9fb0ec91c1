using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collaboration.Forums.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FanOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fan_outs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reminds_of = table.Column<Guid>(type: "uuid", nullable: true),
                    source_conversation_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    source_reference = table.Column<string>(type: "text", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    roster_read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    roster_leased_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    roster_lease_owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fan_outs", x => x.id);
                    table.ForeignKey(
                        name: "fk_fan_outs_items_item_id",
                        column: x => x.item_id,
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fan_out_recipients",
                columns: table => new
                {
                    fan_out_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    teams_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    personal_conversation_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    activity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    leased_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lease_owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fan_out_recipients", x => new { x.fan_out_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_fan_out_recipients_fan_outs_fan_out_id",
                        column: x => x.fan_out_id,
                        principalTable: "fan_outs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fan_out_recipients_personal_conversation_id",
                table: "fan_out_recipients",
                column: "personal_conversation_id");

            migrationBuilder.CreateIndex(
                name: "ix_fan_out_recipients_state_next_attempt_at",
                table: "fan_out_recipients",
                columns: new[] { "state", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_fan_outs_completed_at_roster_read_at",
                table: "fan_outs",
                columns: new[] { "completed_at", "roster_read_at" });

            migrationBuilder.CreateIndex(
                name: "ix_fan_outs_item_id_kind_created_at",
                table: "fan_outs",
                columns: new[] { "item_id", "kind", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fan_out_recipients");

            migrationBuilder.DropTable(
                name: "fan_outs");
        }
    }
}
