</dl>

      