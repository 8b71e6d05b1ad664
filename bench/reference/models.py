from django.db import models


class Section(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)

    def __str__(self) -> str:
        return self.name


class Item(models.Model):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="items")
    title = models.CharField(max_length=200)
    summary = models.TextField()
    published_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return self.title


class Note(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField()

    def __str__(self) -> str:
        return self.text[:40]
