using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collaboration.Forums.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DataLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "minimisation",
                table: "series",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "personal_data_removed_at",
                table: "series",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "retention_months",
                table: "series",
                type: "integer",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "forums",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "minimisation",
                table: "series");

            migrationBuilder.DropColumn(
                name: "personal_data_removed_at",
                table: "series");

            migrationBuilder.DropColumn(
                name: "retention_months",
                table: "series");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "forums");
        }
    }
}
