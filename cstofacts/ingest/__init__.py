"""Candidate records from an article's text, in stages, a module each:

reading (the article's text from a file: plain text, Markdown, or a web page
through trafilatura), document (its paragraphs and sentences), quotes (quoted
words, and which are quotes rather than titles, names or scare quotes),
speakers (who the words beside them name), titles (offices and roles around a
name), people (who the article names, and whom a surname, an office, a pronoun
or a role stands for), interview (questions and answers), reported
(reported speech), when (dated events), numbers, names (entities), and
proposals (the candidates in the import format). Each imports only the core.
"""
