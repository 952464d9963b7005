# LMS·Kahoot용 퀴즈 내보내기, 강사 콘텐츠, 운영자 HTML 보고서 (이슈 11, 2부).

instructor2-flag-format = { $flag } 옵션은 --format { $format }에서만 쓸 수 있습니다
instructor2-kahoot-note = awsdrill에서 Kahoot 스프레드시트 가져오기용으로 만든 파일입니다. 문제는 9행부터이며 문제는 120자, 답은 75자까지 들어갑니다.
instructor2-kahoot-seed = 시험지 시드: { $seed }
instructor2-kahoot-question-cut = { $id }: 문제 길이가 { $chars }자로 Kahoot 한도인 { $max }자를 넘어 줄였습니다(전체 시나리오는 소리 내어 읽거나 슬라이드로 보여 주세요)
instructor2-kahoot-answer-cut = { $id }: 답 하나의 길이가 { $chars }자로 Kahoot 한도인 { $max }자를 넘어 줄였습니다
instructor2-kahoot-answers-dropped = { $id }: Kahoot에는 답을 네 개까지만 넣을 수 있어 오답 { $count }개를 뺐습니다
instructor2-kahoot-skipped = { $id }: 제외했습니다. Kahoot 퀴즈 문제는 정답이 1~4개인 선택형만 됩니다
