//! Date expressions (absolute and relative to a publication date) → ISO values.
