--TEST--
Block and doc comments, inline and multi-line
--FILE--
<?php
/* a block
   comment over lines; echo "no"; */
/** a doc comment */
echo 1 /* inline */ + /* another */ 2, "\n";
echo "/* not a comment */ // nor this # nor this\n";
/* ?> does not close PHP inside a block comment */
echo "done\n";
--EXPECT--
3
/* not a comment */ // nor this # nor this
done
