--TEST--
An open tag as the last bytes of the file (FILEEOF keeps it last)
--FILEEOF--
text<?php
--EXPECT--
text
