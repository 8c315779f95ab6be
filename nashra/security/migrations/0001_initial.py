from django.core.management import call_command
from django.db import migrations, models


def create_cache_table(apps, schema_editor):
    # The database cache tables of settings.CACHES (the "shared_db" alias) in the database being migrated.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="RateCounter",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.CharField(max_length=200, unique=True)),
                ("count", models.PositiveIntegerField(default=0)),
                ("expires_at", models.FloatField(help_text="Unix time the window ends")),
            ],
            options={"indexes": [models.Index(fields=["expires_at"], name="security_ra_expires_10323c_idx")]},
        ),
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
    ]
