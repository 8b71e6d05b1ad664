"""Date formats per language (settings.FORMAT_MODULE_PATH): one way of writing a date in each language.

Django's English default ("Feb. 7, 2025") differed from the way the site's texts write dates ("7 February 2025");
every date the site formats now reads like its texts. Chinese keeps Django's "2025年2月7日".
"""
